stub: upstream file of 29440 bytes
