stub: upstream file of 19168 bytes
