stub: upstream file of 26775 bytes
