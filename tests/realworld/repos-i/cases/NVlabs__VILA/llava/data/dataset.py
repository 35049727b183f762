stub: upstream file of 77782 bytes
