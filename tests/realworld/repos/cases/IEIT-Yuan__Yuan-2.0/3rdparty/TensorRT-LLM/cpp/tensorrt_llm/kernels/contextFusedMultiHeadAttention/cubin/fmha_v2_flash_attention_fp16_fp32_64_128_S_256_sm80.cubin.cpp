stub: upstream file of 1139822 bytes
