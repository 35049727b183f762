stub: upstream file of 40315 bytes
