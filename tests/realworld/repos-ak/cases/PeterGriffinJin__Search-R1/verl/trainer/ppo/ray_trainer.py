stub: upstream file of 42315 bytes
