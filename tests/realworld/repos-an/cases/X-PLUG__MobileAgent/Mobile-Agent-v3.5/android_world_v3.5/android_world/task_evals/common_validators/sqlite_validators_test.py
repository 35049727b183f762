stub: upstream file of 14706 bytes
