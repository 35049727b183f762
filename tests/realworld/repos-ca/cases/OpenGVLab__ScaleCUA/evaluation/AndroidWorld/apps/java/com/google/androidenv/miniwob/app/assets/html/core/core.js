stub: upstream file of 23304 bytes
