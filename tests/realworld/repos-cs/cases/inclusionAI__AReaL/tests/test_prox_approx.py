stub: upstream file of 41001 bytes
