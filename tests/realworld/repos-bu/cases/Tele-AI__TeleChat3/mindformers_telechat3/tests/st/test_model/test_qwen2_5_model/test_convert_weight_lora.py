stub: upstream file of 14795 bytes
