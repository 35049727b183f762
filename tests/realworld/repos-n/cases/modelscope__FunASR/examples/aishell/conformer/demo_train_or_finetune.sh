stub: upstream symlink to ../paraformer/demo_train_or_finetune.sh
