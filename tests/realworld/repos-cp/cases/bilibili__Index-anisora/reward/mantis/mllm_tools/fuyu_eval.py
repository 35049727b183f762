stub: upstream file of 4826 bytes
