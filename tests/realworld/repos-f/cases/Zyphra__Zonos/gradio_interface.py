stub: upstream file of 15696 bytes
