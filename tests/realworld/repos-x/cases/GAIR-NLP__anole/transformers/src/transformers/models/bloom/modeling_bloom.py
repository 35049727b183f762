stub: upstream file of 54902 bytes
