stub: upstream file of 26093 bytes
