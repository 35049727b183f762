stub: upstream file of 20643 bytes
