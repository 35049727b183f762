stub: upstream file of 29940 bytes
