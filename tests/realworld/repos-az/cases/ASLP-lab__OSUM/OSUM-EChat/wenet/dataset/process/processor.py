stub: upstream file of 82450 bytes
