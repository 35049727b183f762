stub: upstream file of 13556 bytes
