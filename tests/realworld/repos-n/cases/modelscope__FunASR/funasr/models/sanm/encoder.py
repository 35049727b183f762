stub: upstream file of 24797 bytes
