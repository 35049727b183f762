stub: upstream file of 6583 bytes
