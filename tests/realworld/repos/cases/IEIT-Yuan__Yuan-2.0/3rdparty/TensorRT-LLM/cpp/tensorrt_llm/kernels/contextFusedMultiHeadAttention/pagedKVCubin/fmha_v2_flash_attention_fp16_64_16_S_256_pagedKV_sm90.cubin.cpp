stub: upstream file of 480696 bytes
