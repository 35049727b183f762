stub: upstream file of 54742 bytes
