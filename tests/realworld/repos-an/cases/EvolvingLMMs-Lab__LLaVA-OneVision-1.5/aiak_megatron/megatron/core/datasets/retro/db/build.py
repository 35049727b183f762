stub: upstream file of 23798 bytes
