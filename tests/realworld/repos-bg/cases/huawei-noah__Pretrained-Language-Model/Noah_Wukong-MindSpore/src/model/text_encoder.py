stub: upstream file of 6480 bytes
