stub: upstream file of 15782 bytes
