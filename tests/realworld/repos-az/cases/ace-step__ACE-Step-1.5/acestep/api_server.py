stub: upstream file of 119179 bytes
