stub: upstream file of 26826 bytes
