stub: upstream file of 25110 bytes
