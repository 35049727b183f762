stub: upstream file of 34738 bytes
