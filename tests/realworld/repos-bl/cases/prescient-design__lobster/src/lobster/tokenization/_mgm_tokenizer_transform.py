stub: upstream file of 25293 bytes
