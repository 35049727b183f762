stub: upstream file of 16902 bytes
