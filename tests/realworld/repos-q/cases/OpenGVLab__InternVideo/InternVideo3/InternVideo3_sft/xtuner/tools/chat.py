stub: upstream file of 20795 bytes
