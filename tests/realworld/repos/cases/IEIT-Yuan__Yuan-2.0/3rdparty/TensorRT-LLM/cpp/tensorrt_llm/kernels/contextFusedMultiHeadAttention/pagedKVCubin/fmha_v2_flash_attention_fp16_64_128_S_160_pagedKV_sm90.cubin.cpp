stub: upstream file of 948775 bytes
