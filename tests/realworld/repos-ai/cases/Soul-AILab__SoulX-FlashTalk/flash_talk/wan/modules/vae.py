stub: upstream file of 56315 bytes
