stub: upstream file of 4458 bytes
