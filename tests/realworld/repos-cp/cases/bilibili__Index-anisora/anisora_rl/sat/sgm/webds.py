stub: upstream file of 13706 bytes
