stub: upstream file of 9014 bytes
