stub: upstream file of 10746 bytes
