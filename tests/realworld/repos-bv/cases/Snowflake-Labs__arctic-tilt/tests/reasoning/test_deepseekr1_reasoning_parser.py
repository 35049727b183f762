stub: upstream file of 7756 bytes
