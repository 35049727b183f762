stub: upstream file of 15735 bytes
