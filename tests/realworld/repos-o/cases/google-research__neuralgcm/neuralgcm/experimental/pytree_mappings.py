stub: upstream file of 11315 bytes
