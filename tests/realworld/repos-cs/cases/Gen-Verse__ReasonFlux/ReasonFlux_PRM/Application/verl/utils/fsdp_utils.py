stub: upstream file of 20482 bytes
