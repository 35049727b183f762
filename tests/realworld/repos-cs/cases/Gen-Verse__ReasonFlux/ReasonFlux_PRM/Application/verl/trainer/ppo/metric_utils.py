stub: upstream file of 19065 bytes
