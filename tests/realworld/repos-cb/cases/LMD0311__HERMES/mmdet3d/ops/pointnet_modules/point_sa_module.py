stub: upstream file of 13315 bytes
