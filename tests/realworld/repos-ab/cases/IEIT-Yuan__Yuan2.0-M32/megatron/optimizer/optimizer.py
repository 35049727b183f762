stub: upstream file of 31191 bytes
