stub: upstream file of 14520 bytes
