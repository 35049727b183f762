stub: upstream file of 782 bytes
