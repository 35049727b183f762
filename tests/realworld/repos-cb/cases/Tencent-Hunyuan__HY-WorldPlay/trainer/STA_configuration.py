stub: upstream file of 16882 bytes
