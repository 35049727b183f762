stub: upstream file of 11060 bytes
