stub: upstream file of 21636 bytes
