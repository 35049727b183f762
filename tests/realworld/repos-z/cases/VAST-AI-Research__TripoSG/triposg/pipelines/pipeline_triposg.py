stub: upstream file of 12382 bytes
