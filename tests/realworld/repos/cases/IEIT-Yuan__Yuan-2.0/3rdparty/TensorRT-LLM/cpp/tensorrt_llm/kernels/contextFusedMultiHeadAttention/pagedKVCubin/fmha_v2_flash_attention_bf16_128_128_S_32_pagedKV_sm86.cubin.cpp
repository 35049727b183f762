stub: upstream file of 919619 bytes
