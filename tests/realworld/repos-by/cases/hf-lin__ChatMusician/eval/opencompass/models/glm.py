stub: upstream file of 15669 bytes
