stub: upstream file of 19419 bytes
